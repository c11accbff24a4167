// --mlir-pass-statistics prints MLIR's report after the run (layout of MLIR's PassStatistics.cpp; mlir-opt-22 is
// built without LLVM_ENABLE_STATS and prints the header only). Counters of parallel workers are summed.
// RUN: not dialectic-opt %s --test-stats-pass --pass-pipeline='builtin.module(test-stats-pass,func.func(test-stats-pass,test-function-pass))' -o /dev/null 2>&1 | FileCheck %s --check-prefix=BOTH
// RUN: dialectic-opt %s --pass-pipeline='builtin.module(test-stats-pass,func.func(test-stats-pass,test-function-pass))' --mlir-pass-statistics -o /dev/null 2>&1 | FileCheck %s --check-prefix=PIPELINE --strict-whitespace
// RUN: dialectic-opt %s --pass-pipeline='builtin.module(test-stats-pass,func.func(test-stats-pass,test-function-pass))' --mlir-pass-statistics --mlir-pass-statistics-display=list -o /dev/null 2>&1 | FileCheck %s --check-prefix=LIST --strict-whitespace
// RUN: dialectic-opt %s --pass-pipeline='builtin.module(test-stats-pass,func.func(test-stats-pass,test-function-pass))' --mlir-pass-statistics --mlir-pass-statistics-display=list --mlir-disable-threading -o /dev/null 2>&1 | FileCheck %s --check-prefix=LIST --strict-whitespace

// BOTH: '-pass-pipeline' option can't be used with individual pass options

// PIPELINE:      ===-------------------------------------------------------------------------===
// PIPELINE-NEXT: {{^                         }}... Pass statistics report ...
// PIPELINE-NEXT: ===-------------------------------------------------------------------------===
// PIPELINE-NEXT: {{^}}(anonymous namespace)::TestStatisticPass
// PIPELINE-NEXT: {{^  }}(S) 12 num-ops  - Number of operations counted
// PIPELINE-NEXT: {{^  }}(S) 12 num-ops2 - Number of operations counted one more time
// PIPELINE-NEXT: {{^}}'func.func' Pipeline
// PIPELINE-NEXT: {{^  }}(anonymous namespace)::TestStatisticPass
// PIPELINE-NEXT: {{^    }}(S) 11 num-ops  - Number of operations counted
// PIPELINE-NEXT: {{^    }}(S) 11 num-ops2 - Number of operations counted one more time
// PIPELINE-NEXT: {{^  }}(anonymous namespace)::TestFunctionPass
// PIPELINE-EMPTY:

// LIST:      ===-------------------------------------------------------------------------===
// LIST-NEXT: {{^                         }}... Pass statistics report ...
// LIST-NEXT: ===-------------------------------------------------------------------------===
// LIST-NEXT: {{^  }}(anonymous namespace)::TestStatisticPass
// LIST-NEXT: {{^    }}(S) 23 num-ops  - Number of operations counted
// LIST-NEXT: {{^    }}(S) 23 num-ops2 - Number of operations counted one more time
// LIST-EMPTY:

func.func @a(%arg0: i32) -> i32 {
  %0 = arith.addi %arg0, %arg0 : i32
  return %0 : i32
}
func.func @b() {
  return
}
func.func @c() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %c1 step %c1 {
  }
  return
}
