/**
 * Registers: the student register (sổ đăng bộ học sinh) of one cohort and the staff register
 * (sổ đăng bộ cán bộ giáo viên), as pure event-sourced workflows:
 * {@code (state, command, Instant) → (new state, events)} or a typed exception, where replaying
 * the events rebuilds the state.
 */
package vn.schoolrecords.core.register;
