/**
 * From records to an anatomical spec: {@link org.radiomesh.anatomy.records.ReportSpecs} turns a structured report
 * ({@link org.radiomesh.report.StructuredReport}: per-tooth findings with condition codes and confidences) into a
 * whole-dentition {@link org.radiomesh.anatomy.DentitionSpec} that {@link org.radiomesh.anatomy.VirtualPatient} can
 * build, with documented defaults for parameters a finding leaves out ({@link
 * org.radiomesh.anatomy.records.FindingConditions}) and a documented rule for conflicting findings on one tooth
 * ({@link org.radiomesh.anatomy.records.ToothFindingRules}). Free-text clinical records go through {@link
 * org.radiomesh.anatomy.prompt.PromptParser} instead.
 */
package org.radiomesh.anatomy.records;
