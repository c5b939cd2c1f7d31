/**
 * Readers' reports of problems with an article, a program or a figure (issue 13, item 8):
 * the public form ({@code /reports/new}) and the editors' queue ({@code report.admin},
 * {@code /admin/reports}). Reads and writes through SQL; the targets are looked up by id,
 * published ones only.
 */
package org.civicatlas.report;
