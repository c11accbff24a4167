// Exercises the harness itself: echo, pipes, FileCheck directives and variables.
// RUN: echo "func @f(%arg0) -> %0" | FileCheck %s
// RUN: echo "x = 42" | FileCheck %s --check-prefix=NUM
// RUN: echo "a  b" | FileCheck %s --check-prefix=WS

// CHECK-LABEL: func @f
// CHECK-SAME: (%[[ARG:arg[0-9]+]])
// CHECK-SAME: -> %{{[0-9]+}}
// CHECK-NOT: error

// NUM: x = [[#VAL:]]
// NUM-NOT: [[#VAL+1]]

// WS: a b
