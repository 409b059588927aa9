package vg.cluster;

import java.nio.file.Path;
import java.util.Optional;
import vg.db.DatabaseUrl;
import vg.db.Engine;

/**
 * What makes a vg one node among several: the shared database, the shared media folder, the node's name and the key
 * that seals SMS texts at rest on every node, and how much heap the node's plan cache may take.
 */
public record ClusterSettings(DatabaseUrl db, Path media, NodeName node, Optional<String> smsKey, int planCacheMegabytes) {
    public boolean shared() {
        return db.engine() == Engine.POSTGRESQL;
    }
}
