// Pass flags build the pipeline on the top-level op with implicit nesting; --pass-pipeline gives it as text. Both
// print the same pipeline and the same IR. (Layout checked against mlir-opt-22 --dump-pass-pipeline.)
// RUN: dialectic-opt %s --dump-pass-pipeline --test-function-pass --test-module-pass --test-options-pass=list=1,2 -o %t.flags 2>&1 | FileCheck %s --check-prefix=FLAGS
// RUN: dialectic-opt %s --dump-pass-pipeline --pass-pipeline='builtin.module(func.func(test-function-pass),test-module-pass,func.func(test-options-pass{list=1,2}))' -o %t.text 2>&1 | FileCheck %s --check-prefix=FLAGS
// RUN: diff %t.flags %t.text
// RUN: dialectic-opt %s --test-constant-fold > %t.fold-flag
// RUN: dialectic-opt %s --pass-pipeline='builtin.module(test-constant-fold)' > %t.fold-text
// RUN: diff %t.fold-flag %t.fold-text
// RUN: dialectic-opt %s --dump-pass-pipeline --pass-pipeline=' builtin.module ( any ( test-stats-pass ) , builtin.module( test-module-pass ) )' -o /dev/null 2>&1 | FileCheck %s --check-prefix=SPACES
// RUN: dialectic-opt %s --dump-pass-pipeline --pass-pipeline='builtin.module()' -o /dev/null 2>&1 | FileCheck %s --check-prefix=EMPTY
// RUN: dialectic-opt %s --dump-pass-pipeline --pass-pipeline='builtin.module(func.func(test-options-pass{string="a b" enum=two string-list={x y,z}}))' -o /dev/null 2>&1 | FileCheck %s --check-prefix=OPTIONS --strict-whitespace
// RUN: dialectic-opt %s --list-passes | FileCheck %s --check-prefix=LIST

// FLAGS:      Pass Manager with 3 passes:
// FLAGS-NEXT: builtin.module(
// FLAGS-NEXT:   func.func(
// FLAGS-NEXT:     test-function-pass
// FLAGS-NEXT:   ),
// FLAGS-NEXT:   test-module-pass,
// FLAGS-NEXT:   func.func(
// FLAGS-NEXT:     test-options-pass{enum=zero list={1,2} string= }
// FLAGS-NEXT:   )
// FLAGS-NEXT: )
// FLAGS-EMPTY:
// FLAGS-EMPTY:

// SPACES:      Pass Manager with 2 passes:
// SPACES-NEXT: builtin.module(
// SPACES-NEXT:   any(
// SPACES-NEXT:     test-stats-pass
// SPACES-NEXT:   ),
// SPACES-NEXT:   builtin.module(
// SPACES-NEXT:     test-module-pass
// SPACES-NEXT:   )
// SPACES-NEXT: )

// EMPTY:      Pass Manager with 0 passes:
// EMPTY-NEXT: builtin.module(
// EMPTY-EMPTY:
// EMPTY-NEXT: )

// OPTIONS: {{^    }}test-options-pass{enum=two  string={a b} string-list={{[{]}}{x y},z}}

// LIST:      Passes:
// LIST:        --test-constant-fold{{ +}}-   Test operation constant folding
// LIST:        --test-options-pass{{ +}}-   Test options parsing capabilities
// LIST-NEXT:     --enum=<value>{{ +}}- Example enum option
// LIST-NEXT:     =zero{{ +}}-   Example zero value

func.func @fold() -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %0 = arith.addi %c1, %c2 : i32
  return %0 : i32
}
