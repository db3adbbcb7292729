package vn.schoolrecords.core.audit.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list whose {@link #appending} costs amortised O(1): the new list shares the
 * backing array with this one when this one is the longest list built on it, as slices do. The
 * elements a list can see are never written again, so every list stays immutable.
 *
 * @param <T> the element type
 */
public final class AppendOnlyList<T> extends AbstractList<T> implements RandomAccess {

    private static final class Backing {
        // volatile: readers see a grown array without locking; elements below a list's size never change.
        volatile Object[] items;
        int used;

        Backing(Object[] items, int used) {
            this.items = items;
            this.used = used;
        }
    }

    private final Backing backing;
    private final int size;

    private AppendOnlyList(Backing backing, int size) {
        this.backing = backing;
        this.size = size;
    }

    /**
     * A list with the given elements.
     *
     * @param items the elements, none null, not null; copied
     * @param <T> the element type
     * @return the list, not null
     */
    public static <T> AppendOnlyList<T> copyOf(List<? extends T> items) {
        if (items instanceof AppendOnlyList<?>) {
            @SuppressWarnings("unchecked")
            AppendOnlyList<T> same = (AppendOnlyList<T>) items;
            return same;
        }
        Object[] array = items.toArray();
        for (Object o : array) {
            Objects.requireNonNull(o, "element");
        }
        return new AppendOnlyList<>(new Backing(array, array.length), array.length);
    }

    /**
     * This list followed by more elements.
     *
     * @param more the elements, none null, not null
     * @return the longer list, not null
     */
    public AppendOnlyList<T> appending(List<? extends T> more) {
        if (more.isEmpty()) {
            return this;
        }
        Object[] add = more.toArray();
        for (Object o : add) {
            Objects.requireNonNull(o, "element");
        }
        synchronized (backing) {
            if (backing.used == size) {
                if (size + add.length > backing.items.length) {
                    backing.items = Arrays.copyOf(backing.items, Math.max(16, Math.max(size + add.length, size * 2)));
                }
                System.arraycopy(add, 0, backing.items, size, add.length);
                backing.used = size + add.length;
                return new AppendOnlyList<>(backing, backing.used);
            }
        }
        Object[] copy = Arrays.copyOf(snapshot(), Math.max(16, (size + add.length) * 2));
        System.arraycopy(add, 0, copy, size, add.length);
        return new AppendOnlyList<>(new Backing(copy, size + add.length), size + add.length);
    }

    private Object[] snapshot() {
        return Arrays.copyOf(backing.items, size);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) backing.items[index];
    }

    @Override
    public int size() {
        return size;
    }
}
