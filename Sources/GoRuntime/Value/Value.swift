// Owned by the interpreter work (issue 6). Placeholder: Go values as the
// runtime stores them (frame slots, heap object slots, channel buffers).

public enum Value: Sendable {
    case int(Int64)
}
