// Invalid pipelines and pass options are diagnostics worded as mlir-opt-22's (checked with the same flags), exit 1.
// RUN: not dialectic-opt %s --pass-pipeline='test-module-pass' 2>&1 | FileCheck %s --check-prefix=ANCHOR
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(test-module-pass))' 2>&1 | FileCheck %s --check-prefix=EXTRA
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(func.func(test-function-pass)' 2>&1 | FileCheck %s --check-prefix=UNBALANCED
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(no-such-pass)' 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(func.func(),test-module-pass)' 2>&1 | FileCheck %s --check-prefix=EMPTYNAME
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(test-pass-failure{gen-diagnostics=1)' 2>&1 | FileCheck %s --check-prefix=BRACE
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(test-module-pass{foo=1})' 2>&1 | FileCheck %s --check-prefix=NOOPTION
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(func.func(test-options-pass{list=a}))' 2>&1 | FileCheck %s --check-prefix=BADVALUE
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(test-options-pass)' 2>&1 | FileCheck %s --check-prefix=NEST
// RUN: not dialectic-opt %s --pass-pipeline='func.func(test-function-pass)' 2>&1 | FileCheck %s --check-prefix=WRONGOP
// RUN: not dialectic-opt %s --test-module-pass --pass-pipeline='builtin.module(test-module-pass)' 2>&1 | FileCheck %s --check-prefix=BOTH
// RUN: not dialectic-opt %s --test-options-pass='enum=three' 2>&1 | FileCheck %s --check-prefix=FLAGENUM
// RUN: not dialectic-opt %s --test-module-pass=foo 2>&1 | FileCheck %s --check-prefix=FLAGOPTION
// RUN: not dialectic-opt %s --mlir-print-ir-after=no-such-pass 2>&1 | FileCheck %s --check-prefix=PRINTNAME
// RUN: not dialectic-opt %s --mlir-timing-display=flat 2>&1 | FileCheck %s --check-prefix=DISPLAY

// ANCHOR: <unknown>:0: error: expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'

// EXTRA:      <unknown>:0: error: MLIR Textual PassPipeline Parser:1:17: error: encountered extra closing ')' creating unbalanced parentheses while parsing pipeline
// EXTRA-NEXT: test-module-pass)
// EXTRA-NEXT: {{^                }}^

// UNBALANCED:      <unknown>:0: error: MLIR Textual PassPipeline Parser:1:11: error: encountered unbalanced parentheses while parsing pipeline
// UNBALANCED-NEXT: func.func(test-function-pass
// UNBALANCED-NEXT: {{^          }}^

// UNKNOWN:      <unknown>:0: error: MLIR Textual PassPipeline Parser:1:1: error: 'no-such-pass' does not refer to a registered pass or pass pipeline
// UNKNOWN-NEXT: no-such-pass
// UNKNOWN-NEXT: {{^}}^

// EMPTYNAME: MLIR Textual PassPipeline Parser:1:11: error: '' does not refer to a registered pass or pass pipeline

// BRACE:      MLIR Textual PassPipeline Parser:1:18: error: missing closing '}' while processing pass options
// BRACE-NEXT: test-pass-failure{gen-diagnostics=1
// BRACE-NEXT: {{^                 }}^

// NOOPTION:      <unknown>:0: error: <Pass-Options-Parser>: no such option foo
// NOOPTION-EMPTY:
// NOOPTION-NEXT: failed to add `test-module-pass` with options `foo=1`

// BADVALUE:      <unknown>:0: error: for the --list option: 'a' value invalid for integer argument!
// BADVALUE-NEXT: failed to add `test-options-pass` with options `list=a`
// BADVALUE-NEXT: failed to add `func.func` with options `` to inner pipeline

// NEST:      <unknown>:0: error: Can't add pass '(anonymous namespace)::TestOptionsPass' restricted to 'func.func' on a PassManager intended to run on 'builtin.module', did you intend to nest?
// NEST-NEXT: failed to add `test-options-pass` with options ``

// WRONGOP: pipeline-invalid.mlir:0:0: error: can't run 'func.func' pass manager on 'builtin.module' op

// BOTH: <unknown>:0: error: '-pass-pipeline' option can't be used with individual pass options

// FLAGENUM: <unknown>:0: error: for the --enum option: Cannot find option named 'three'!

// FLAGOPTION:      <unknown>:0: error: <Pass-Options-Parser>: no such option foo
// FLAGOPTION-EMPTY:

// PRINTNAME: for the --mlir-print-ir-after option: Cannot find option named 'no-such-pass'!

// DISPLAY: for the --mlir-timing-display option: Cannot find option named 'flat'!

func.func @f() {
  return
}
