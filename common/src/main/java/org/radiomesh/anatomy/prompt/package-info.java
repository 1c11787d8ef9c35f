/**
 * Text prompts and clinical records to dentition specs: {@link org.radiomesh.anatomy.prompt.PromptParser} reads teeth
 * (FDI, Universal, Palmer, words), conditions and planned procedures into an {@link
 * org.radiomesh.anatomy.DentitionSpec}, reports how each word was read ({@link
 * org.radiomesh.anatomy.prompt.ParseReport}), and refuses what it cannot place ({@link
 * org.radiomesh.anatomy.prompt.PromptException}).
 */
package org.radiomesh.anatomy.prompt;
