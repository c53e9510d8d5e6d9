package dev.benchpilot.tools.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LiveHeapTest {

    @Test
    void reads_heap_use_from_g1_and_generational_heap_info() {
        String g1 = """
                 garbage-first heap   total 262144K, used 23456K [0x00000000f0000000, 0x0000000100000000)
                  region size 1024K, 3 young (3072K), 0 survivors (0K)
                 Metaspace       used 5000K, committed 5300K, reserved 1114112K
                """;
        String parallel = """
                 PSYoungGen      total 76288K, used 1310K [0x000000076ab00000, 0x0000000770000000, 0x00000007c0000000)
                  eden space 65536K, 2% used [0x000000076ab00000,0x000000076ac47b20,0x000000076eb00000)
                 ParOldGen       total 175104K, used 2M [0x00000006c0000000, 0x00000006cab00000, 0x000000076ab00000)
                """;

        assertThat(LiveHeap.parse(g1)).as("metaspace is not heap").isEqualTo(23456L * 1024);
        assertThat(LiveHeap.parse(parallel)).isEqualTo(1310L * 1024 + 2L * 1024 * 1024);
        assertThatThrownBy(() -> LiveHeap.parse("12345:\nnothing here"))
                .hasMessageContaining("said nothing about heap use");
    }

    @Test
    void measures_the_live_set_of_this_jvm() {
        long bytes = LiveHeap.measure(ProcessHandle.current().pid());

        assertThat(bytes).isBetween(1L << 20, Runtime.getRuntime().maxMemory() * 2);
    }
}
