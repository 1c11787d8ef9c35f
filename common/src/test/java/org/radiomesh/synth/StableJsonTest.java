package org.radiomesh.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StableJsonTest {

  @Test
  void decimalsAreTheExactValueRoundedToSixPlaces() {
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 2000; i++) {
      double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-8, 7));
      String s = StableJson.decimal(v);
      assertThat(s).doesNotContain("E").doesNotContain("e");
      BigDecimal exact = new BigDecimal(v);
      assertThat(new BigDecimal(s).subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.0000005"));
      assertThat(s.contains(".") ? s.length() - s.indexOf('.') - 1 : 0).isLessThanOrEqualTo(6);
      assertThat(s).doesNotEndWith("0.").doesNotMatch(".*\\.\\d*0$");
    }
    assertThat(StableJson.decimal(57.9)).isEqualTo("57.9");
    assertThat(StableJson.decimal(-0.0)).isEqualTo("0");
    assertThat(StableJson.decimal(3.0)).isEqualTo("3");
    assertThatThrownBy(() -> StableJson.decimal(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mapsAreWrittenInKeyOrderWithUnixLineEnds() {
    Map<String, Object> a = new HashMap<>();
    Map<String, Object> b = new LinkedHashMap<>();
    for (String k : List.of("zeta", "alpha", "mid", "beta")) {
      a.put(k, k.length() / 3.0);
    }
    for (String k : List.of("beta", "mid", "alpha", "zeta")) {
      b.put(k, k.length() / 3.0);
    }
    String s = StableJson.string(a);
    assertThat(StableJson.bytes(b)).isEqualTo(StableJson.bytes(a));
    assertThat(s).doesNotContain("\r").endsWith("}\n");
    assertThat(s.indexOf("alpha")).isLessThan(s.indexOf("beta"));
    assertThat(s.indexOf("mid")).isLessThan(s.indexOf("zeta"));
    assertThat(s).contains("\"alpha\" : 1.666667");
  }

  @Test
  void beanPropertiesAreSortedAndFloatsUseTheSameFormat() {
    record P(String name, double value, float f, int n) {}
    String s = StableJson.string(new P("x", 0.1 + 0.2, 0.1f, 7));
    assertThat(s).isEqualTo("{\n  \"f\" : 0.1,\n  \"n\" : 7,\n  \"name\" : \"x\",\n  \"value\" : 0.3\n}\n");
  }

  @Test
  void concurrentWritersGiveTheSameBytesAsOne() throws Exception {
    Map<String, Object> nested = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      nested.put("k" + i, Map.of("a", List.of(Map.of("b", i, "c", Map.of("d", i / 7.0)))));
    }
    byte[] reference = StableJson.bytes(nested);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          boolean same = true;
          for (int i = 0; i < 300; i++) {
            same &= java.util.Arrays.equals(StableJson.bytes(nested), reference);
          }
          return same;
        }));
      }
      for (java.util.concurrent.Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
