// Runs the front end on a thread with a large stack: parsing and checking
// recurse once per nesting level, and deeply nested (or generated) input
// must be refused with a message, never overflow the host stack.
import Foundation

/// Stack for the front-end thread (virtual; pages are touched only as used).
let frontEndStackSize = 256 << 20

final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}

/// Runs `body` on a fresh thread with `frontEndStackSize` bytes of stack
/// and waits for it.
func withLargeStack<T>(_ body: @escaping @Sendable () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let t = Thread {
        box.value = body()
        done.signal()
    }
    t.stackSize = frontEndStackSize
    t.start()
    done.wait()
    return box.value!
}
