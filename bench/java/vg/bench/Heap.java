package vg.bench;

/** The heap in use after the collector has had its say, for "how much memory do these take" figures. */
final class Heap {
    private Heap() {
    }

    static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
