/** SheetJS's code page tables (no typings shipped); handed to `set_cptable` as they are. */
declare module '@e965/xlsx/dist/cpexcel.full.mjs' {
  const codepages: unknown;
  export = codepages;
}
