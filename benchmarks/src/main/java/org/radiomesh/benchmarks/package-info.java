/** Benchmarks: JMH benchmarks and the Java sides of the side-by-side comparisons with peer tools. */
package org.radiomesh.benchmarks;
