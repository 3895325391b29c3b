/**
 * Inspections (治安检查, 督检) with scored checklists, grades and the inspection frequency a grade requires;
 * inspection tasks assigned from above; rectification notices (整改) with the venue's answers and their overdue
 * escalation. Owns the {@code inspection_*} and {@code rectification_*} tables; reads {@code venue} and
 * {@code org_unit} in SQL. See docs/supervision.md, "Inspections and rectification".
 */
package io.zhian.supervision.inspection;
