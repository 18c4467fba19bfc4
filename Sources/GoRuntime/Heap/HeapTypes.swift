// Transitional: the allocator's public state, events and snapshot types.
// (Being replaced file by file by the real allocator; keeps everyone building.)

/// `mheap` + every P's `mcache` + the `mcentral`s + object payloads.
public struct HeapState: Sendable {
    public init() {}
}

public enum HeapEvent: Sendable, Hashable {}

public struct HeapSnapshot: Sendable, Hashable {}
