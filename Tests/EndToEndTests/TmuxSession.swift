import Foundation

/// Runs the real gmpscope binary inside a private tmux server (its own socket
/// in a temporary directory), types keys and reads the screen with
/// `capture-pane`, polling instead of sleeping. The command runs under a small
/// `sh` wrapper that records the exit status and the terminal modes after it
/// exits, because `#{pane_dead_status}` is unreliable.
final class TmuxSession {
    let directory: URL
    let socket: String
    let session = "e2e"
    private(set) var isOpen = false

    /// The gmpscope binary next to the test bundle (`swift test` builds it),
    /// or `GMPSCOPE_BIN`.
    static var binary: String? {
        if let path = ProcessInfo.processInfo.environment["GMPSCOPE_BIN"] { return path }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("gmpscope").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static var tmuxAvailable: Bool { (try? run(["tmux", "-V"]).status) == 0 }

    init(width: Int, height: Int, arguments: [String], environment: [String: String] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gmpscope-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        socket = directory.appendingPathComponent("sock").path
        let config = directory.appendingPathComponent("tmux.conf")
        try """
        set -g default-terminal tmux-256color
        set -g remain-on-exit on
        set -g status off
        set -g exit-empty off
        set -g escape-time 0
        """.write(to: config, atomically: true, encoding: .utf8)
        guard let binary = Self.binary else { throw E2EError("gmpscope binary not found next to the tests; set GMPSCOPE_BIN") }
        let status = directory.appendingPathComponent("status").path
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": directory.path]
        env.merge(environment) { $1 }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(shellQuote($0.value))" }.joined(separator: " ")
        let command = ([binary] + arguments).map(shellQuote).joined(separator: " ")
        // `trap : INT` keeps the wrapper alive on Ctrl-C without the app inheriting an ignored SIGINT.
        let script = "trap : INT; env \(exports) \(command); rc=$?; echo \"exit=$rc $(stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' ')\" > \(shellQuote(status)); sleep 60"
        try tmux(["-f", config.path, "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", "sh", "-c", script])
        isOpen = true
    }

    deinit { close() }

    func close() {
        guard isOpen else { return }
        isOpen = false
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let result = try Self.run(["tmux", "-S", socket] + args)
        guard result.status == 0 else { throw E2EError("tmux \(args.joined(separator: " ")) failed: \(result.output)") }
        return result.output
    }

    /// The screen as text (`capture-pane -p`).
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

    /// The screen with SGR colour codes (`capture-pane -e`).
    func screenWithColours() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", session]) }

    /// Types tmux key names (`n`, `Space`, `Left`, `C-c`, `?`).
    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", session, key]) }
    }

    /// Types literal text.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", session, "-l", "--", text]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The app's process id (the pane's child of the `sh` wrapper).
    func appPID() throws -> Int32? {
        let shell = try tmux(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Self.run(["pgrep", "-P", shell]).output
        return children.split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Polls the screen every 50 ms until `predicate` holds or `timeout` passes.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 15, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? ""
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw E2EError("timed out waiting for \(what); the screen was:\n\(last)")
    }

    func waitFor(text: String, timeout: Double = 15) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// After the app exited: "exit=N icanon echo" (the terminal modes the shell sees).
    func exitRecord(timeout: Double = 10) throws -> String {
        let path = directory.appendingPathComponent("status").path
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let s = try? String(contentsOfFile: path, encoding: .utf8), !s.isEmpty {
                return s.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw E2EError("the app did not exit; the screen was:\n\((try? screen()) ?? "")")
    }

    /// tmux's view of the pane: alternate screen off and cursor visible once restored.
    func paneFlags() throws -> String {
        try tmux(["display-message", "-p", "-t", session, "alternate=#{alternate_on} cursor=#{cursor_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs a command through `sh` (`system`) with its output in a temporary
    /// file: the tmux server that `new-session` starts keeps inherited pipes
    /// open for its whole life, and Foundation's Process waits on them.
    static func run(_ args: [String]) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gmpscope-e2e-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        let command = args.map(shellQuote).joined(separator: " ") + " </dev/null >\(shellQuote(file.path)) 2>&1"
        let raw = system(command)
        let status = raw == -1 ? -1 : (raw >> 8) & 0xFF
        let data = (try? Data(contentsOf: file)) ?? Data()
        return (status, String(decoding: data, as: UTF8.self))
    }
}

struct E2EError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

func shellQuote(_ s: String) -> String {
    if !s.isEmpty, s.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:,".contains($0) }) { return s }
    return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
