// A small program in MLIR's generic form. Try:
//   dotnet run --project Tools/dialectic-opt -- examples/hello.mlir --allow-unregistered-dialect
#map = affine_map<(d0)[s0] -> (d0 + s0 * 2)>
module @hello {
  "func.func"() <{function_type = (i32, memref<4xf32, #map>) -> i32, sym_name = "add"}> ({
  ^bb0(%a: i32, %m: memref<4xf32, #map>):
    %sum = "arith.addi"(%a, %a) : (i32, i32) -> i32
    "cf.br"(%sum)[^exit] : (i32) -> ()
  ^exit(%r: i32):
    "func.return"(%r) : (i32) -> ()
  }) : () -> ()
}
