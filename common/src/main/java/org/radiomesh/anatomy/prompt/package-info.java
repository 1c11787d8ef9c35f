/**
 * Text prompts and clinical records to dentition specs: {@link org.radiomesh.anatomy.prompt.PromptParser} reads teeth
 * (FDI, Universal, Palmer, words), conditions and planned procedures into an {@link
 * org.radiomesh.anatomy.DentitionSpec} ({@code parse}: the teeth named; {@code parseRecord}: all 32 teeth, the
 * unnamed ones sound), reports how each word was read ({@link org.radiomesh.anatomy.prompt.ParseReport}, with the
 * words ignored), and refuses what it cannot place ({@link org.radiomesh.anatomy.prompt.PromptException}, naming
 * each word not understood and its character offset).
 *
 * <h2>Vocabulary</h2>
 * <ul>
 *   <li>Teeth: FDI "46", "tooth 46", "tooth no. 46", ranges "34-37"; Universal "#30", "universal 30",
 *       "30 (Universal)"; Palmer "UR6", "LL 8", "upper right 6"; words "lower right first molar", "left mandibular
 *       1st molar", "upper wisdom teeth", "both lower canines"; lists "16 and 26", "18, 28, 38 and 48".</li>
 *   <li>Conditions: caries (cavity, decay, carious lesion), filling (restoration), root canal (RCT, root canal
 *       treatment/filling, endodontically treated), crown, implant, missing (extracted, absent, edentulous),
 *       impacted, periapical lesion (radiolucency, apical periodontitis), bone loss, sound.</li>
 *   <li>Procedures, modelled as done: extraction/removal (tooth missing), implant placement, crown, root canal
 *       treatment, filling; markers "planned", "scheduled", "needs", "treatment plan" are understood.</li>
 *   <li>Qualifiers: surfaces (mesial, distal, occlusal/incisal, buccal/facial/labial, lingual/palatal) and charting
 *       codes ("MO", "DO", "MOD", "OB", "MODBL"; after a tooth number, for that tooth: "14 DO, 15 MOD"); caries
 *       depth (shallow/enamel, moderate/dentin, deep, into the pulp) or millimetres ("2 mm deep": up to 1.5 enamel, 3
 *       outer dentin, below 4.5 inner dentin, then pulp exposure); filling material (composite, amalgam); crown
 *       material (ceramic/porcelain/zirconia, metal/gold, PFM/metal-ceramic); impaction angle (degrees,
 *       mesioangular, distoangular, horizontal, vertical); lesion size in mm (a diameter unless "radius"); bone loss
 *       pattern (horizontal, vertical/angular) and mm; root canal fill in %.</li>
 *   <li>Negation: "no", "not", "without", "absence of", "negative for" before a condition, with "or"/"nor" lists ("no
 *       caries or periapical lesions"); about the tooth named with it, or the whole dentition.</li>
 *   <li>Ignored and reported as ignored: articles, linking verbs, "patient", "presents", symptoms ("mild pain",
 *       "sensitivity", "swelling"), visit and imaging words ("examination", "radiograph", "OPG"), procedure details
 *       ("surgical", "under local anaesthesia"), dates ("12/03/2024", "3 March 2024", "2019"), times, ages and
 *       durations ("45-year-old", "for 3 days").</li>
 * </ul>
 * Anything else (for example "gingival recession", "bridge", "fistula") could change the anatomy and is refused.
 */
package org.radiomesh.anatomy.prompt;
