/**
 * What the editing forms of every feature share: binding form records, reading list-like
 * text fields, detecting and showing stale edits (merged three ways), paging admin lists
 * and checking places against the gazetteer. Features own their forms and controllers;
 * this module owns none.
 */
package org.civicatlas.editing;
