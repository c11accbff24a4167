// --dump-dialect-docs writes one Markdown page per registered dialect from the ops' summaries and descriptions.
// RUN: rm -rf %t && dialectic-opt --dump-dialect-docs=%t | FileCheck %s --check-prefix=TOOL
// RUN: cat %t/builtin.md | FileCheck %s

// TOOL: wrote 9 dialect page(s) to

// CHECK: # 'builtin' Dialect
// CHECK: ### `builtin.module` (A top level container operation)
// CHECK-EMPTY:
// CHECK-NEXT: A `module` represents a top-level container operation.
// CHECK: Traits: `IsIsolatedFromAbove`, `NoTerminator`, `SymbolTable`
// CHECK: ### `builtin.unrealized_conversion_cast` (An unrealized conversion from one set of types to another)
// CHECK: Traits: `Pure`
