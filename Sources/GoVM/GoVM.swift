// GoVM: compiler to bytecode, the interpreter that runs inside a G, the Go library.
import GoFrontend
import GoRuntime
