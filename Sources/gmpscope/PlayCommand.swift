// `gmpscope play demo.gmprec [--autoplay SPEED] [--pause-at STEP,…]`: the
// visualiser over a recording (RecordingSource), with every control. A real
// trace imported with `import -o` (or a raw GODEBUG log) plays the same way
// over a TraceSource (one step per SCHED block).
import ArgumentParser
import NcursesDriver
import Foundation
import Recording
import TerminalUI
import TraceImport

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "play", abstract: "Play a .gmprec recording in the visualiser.")

    @Argument(help: "The recording.")
    var file: String
    @Option(name: .long, help: "Start playing at once at SPEED events per second (0 = as fast as possible).")
    var autoplay: Int? = nil
    @Option(name: .customLong("pause-at"), help: "Stop autoplay at these steps (comma-separated), besides the presenter's recorded pauses.")
    var pauseAt: String? = nil
    @OptionGroup var ui: InteractiveOptions

    func validate() throws {
        if let a = autoplay, a < 0 { throw ValidationError("--autoplay must be 0 (max) or more events per second") }
        if let p = pauseAt, PlayCommand.parseSteps(p) == nil {
            throw ValidationError("--pause-at: expected step numbers separated by commas, got '\(p)'")
        }
    }

    static func parseSteps(_ s: String) -> [Int]? {
        var out: [Int] = []
        for part in s.split(separator: ",", omittingEmptySubsequences: false) {
            guard let n = Int(part.trimmingSpaces), n >= 0 else { return nil }
            out.append(n)
        }
        return out
    }

    mutating func run() throws {
        if let head = FileHandle(forReadingAtPath: file).map({ h in defer { try? h.close() }; return Array(h.readData(ofLength: 6)) }),
           head != RecordingFormat.magic {
            throw ExitCode(playTrace())
        }
        let source: RecordingSource
        switch RecordingCLI.openPlayer(path: file, pauseAt: pauseAt.flatMap(PlayCommand.parseSteps) ?? []) {
        case let .failure(f): FileHandleOut.stderr(f.message); throw ExitCode(1)
        case let .success(s): source = s
        }
        for n in source.notices { FileHandleOut.stderr("gmpscope: \(n)\n") }
        var options = ui.driverOptions
        if let a = autoplay {
            options.play = true
            options.speed = a
        }
        throw ExitCode(runInteractive(source, options: options))
    }
}

extension PlayCommand {
    /// Not a .gmprec: an imported real trace (container) or a GODEBUG log.
    func playTrace() -> Int32 {
        let imported: (log: TraceLog, raw: [UInt8], name: String)
        switch ImportCLI.load(path: file) {
        case let .failure(e):
            FileHandleOut.stderr("gmpscope: \(file) is neither a recording nor a real Go trace: \(e.message)\n")
            return 1
        case let .success(v): imported = v
        }
        FileHandleOut.stderr(ImportCLI.summary(imported.log, name: imported.name))
        var source = TraceSource(log: imported.log, name: imported.name)
        source.marks = pauseAt.flatMap(PlayCommand.parseSteps) ?? []
        var options = ui.driverOptions
        if let a = autoplay {
            options.play = true
            options.speed = a
        }
        return runInteractive(source, options: options)
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
