package vg.catalogue;

/** A shelf of the catalogue (pop, rock, status messages…), in the order the cabinet shows them. */
public record Theme(String id, String name, int position) {
}
