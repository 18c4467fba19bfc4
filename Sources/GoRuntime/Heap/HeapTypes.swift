// Owned by the allocator work (issue 4). Placeholder types so the runtime builds.

/// `mheap` + every P's `mcache` + the `mcentral`s + object payloads.
public struct HeapState: Sendable {
    public init() {}
}

public enum HeapEvent: Sendable, Hashable {}

public struct HeapSnapshot: Sendable, Hashable {}
