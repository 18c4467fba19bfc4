// Owned by the channels/sync work (issue 3). Placeholder types so the runtime builds.

/// Runtime semaphores (`sema.go` semtable), Mutex/RWMutex/WaitGroup/Once state.
public struct SyncState: Sendable {
    public init() {}
}

public enum SyncEvent: Sendable, Hashable {}

/// A mutex / WaitGroup / semaphore with its waiters, for the Channels pane.
public struct SyncSnapshot: Sendable, Hashable {}
