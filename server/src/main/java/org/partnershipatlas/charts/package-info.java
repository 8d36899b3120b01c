/**
 * Charts: an Apache ECharts component ({@link org.partnershipatlas.ui.charts.Chart}) and the few chart shapes the
 * product uses ({@link org.partnershipatlas.charts.ChartOptions}). Views build the numbers and the table beside
 * each chart; this package only draws.
 */
package org.partnershipatlas.charts;
