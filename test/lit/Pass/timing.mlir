// --mlir-timing prints MLIR's execution time report after the output (layout checked against mlir-opt-22
// --mlir-timing; times differ). A User Time column appears when work ran in parallel.
// RUN: dialectic-opt %s --test-module-pass --test-function-pass --test-stats-pass --mlir-timing --mlir-disable-threading -o /dev/null 2>&1 | FileCheck %s --check-prefix=TREE
// RUN: dialectic-opt %s --test-module-pass --test-function-pass --mlir-timing --mlir-timing-display=list --mlir-disable-threading -o /dev/null 2>&1 | FileCheck %s --check-prefix=LIST
// RUN: dialectic-opt %s --mlir-timing 2>&1 | FileCheck %s --check-prefix=ORDER

// TREE:      ===-------------------------------------------------------------------------===
// TREE-NEXT:                          ... Execution time report ...
// TREE-NEXT: ===-------------------------------------------------------------------------===
// TREE-NEXT:   Total Execution Time: {{[0-9]+\.[0-9][0-9][0-9][0-9]}} seconds
// TREE-EMPTY:
// TREE-NEXT:   ----Wall Time----  ----Name----
// TREE-NEXT:   {{ *[0-9]+\.[0-9][0-9][0-9][0-9] \( *[0-9]+\.[0-9]%\)}}  Parser
// TREE-NEXT:   {{.*}}  (anonymous namespace)::TestModulePass
// TREE-NEXT:   {{.*}}  'func.func' Pipeline
// TREE-NEXT:   {{.*}}    (anonymous namespace)::TestFunctionPass
// TREE-NEXT:   {{.*}}  (anonymous namespace)::TestStatisticPass
// TREE-NEXT:   {{.*}}  Output
// TREE-NEXT:   {{.*}}  Rest
// TREE-NEXT:   {{.*}}(100.0%)  Total

// LIST:        ----Wall Time----  ----Name----
// LIST-DAG:    root
// LIST-DAG:    Parser
// LIST-DAG:    Pipeline Collection : ['func.func']
// LIST-DAG:    'func.func' Pipeline
// LIST-DAG:    (anonymous namespace)::TestFunctionPass
// LIST-DAG:    (anonymous namespace)::TestModulePass
// LIST-DAG:    Output
// LIST:        Rest
// LIST-NEXT:   Total

// ORDER:      module {
// ORDER:      ... Execution time report ...
// ORDER:      Parser
// ORDER-NEXT: Output

func.func @foo() {
  return
}
func.func @bar() {
  return
}
