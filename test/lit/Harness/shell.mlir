// The mini shell: quoting, redirections, &&, ;, and substitutions.
// RUN: echo 'single  quoted' "double \"quoted\"" back\ slash > %t.txt
// RUN: FileCheck %s --check-prefix=QUOTE --strict-whitespace < %t.txt
// RUN: not cat %t.missing 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: echo one > %t.two; echo two >> %t.two && cat %t.two | FileCheck %s --check-prefix=APPEND
// RUN: echo %%literal | FileCheck %s --check-prefix=PERCENT
// RUN: echo %s | FileCheck %s --check-prefix=SELF

// QUOTE: single  quoted double "quoted" back slash
// ERR: {{.*}}missing{{.*}}
// APPEND: one
// APPEND-NEXT: two
// PERCENT: %literal
// SELF: Harness{{/|\\}}shell.mlir
