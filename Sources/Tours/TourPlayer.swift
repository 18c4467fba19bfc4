// Plays a tour over the visualiser: runs the app's own update/apply/draw,
// stops at each caption's step with the caption bar shown, `space` plays on
// to the next caption, `b` goes back to the previous one, `q` quits; every
// other key is the visualiser's own (n/←/→, panes, zoom, speed …).
import GoRuntime
import TerminalUI

public struct TourPlayer<Driver: TerminalDriver, Source: SimulationSource> {
    public var app: App<CaptionDriver<Driver>, Source>
    public let tour: Tour
    public let stops: [CaptionStop]
    public let lang: TourLanguage
    /// The caption shown (or last shown), index into `stops`.
    public private(set) var current = 0
    /// Playing on towards `stops[current + 1]` (nil: paused on a caption or roaming).
    public private(set) var target: Int? = nil
    let clock = ContinuousClock()

    public init(driver: Driver, source: Source, tour: Tour, stops: [CaptionStop], lang: TourLanguage, options: AppOptions = AppOptions()) {
        var o = options
        o.play = false
        if o.speedIndex == Speed.defaultIndex { o.speedIndex = 5 }   // 50 events/s between captions
        app = App(driver: CaptionDriver(driver), source: source, options: o)
        self.tour = tour
        self.stops = stops
        self.lang = lang
    }

    /// The bar for caption `i`.
    public func bar(for i: Int) -> CaptionBar {
        let c = tour.captions[stops[i].caption]
        let title = tour.title(lang).isEmpty ? tour.demo : tour.title(lang)
        let heading = lang == .en
            ? "Tour: \(title) — \(i + 1)/\(stops.count) — step \(stops[i].step)"
            : "导览：\(title) — \(i + 1)/\(stops.count) — 第 \(stops[i].step) 步"
        let last = i == stops.count - 1
        let keys = lang == .en
            ? (last ? "space play to the end · b previous caption · q quit · other keys: the visualiser's"
                    : "space next caption · b previous caption · q quit · other keys: the visualiser's")
            : (last ? "空格 播放到结束 · b 上一条说明 · q 退出 · 其他按键同可视化界面"
                    : "空格 下一条说明 · b 上一条说明 · q 退出 · 其他按键同可视化界面")
        return CaptionBar(heading: heading, text: c.text(lang), keys: keys)
    }

    /// Goes to caption `i`'s step, paused, with its bar shown.
    public mutating func show(_ i: Int) {
        current = max(0, min(i, stops.count - 1))
        target = nil
        app.state.paused = true
        app.apply(.seek(stops[current].step))
        app.driver.bar = bar(for: current)
    }

    /// `space`: from a caption, play on to the next one (or the end after the
    /// last); while playing, jump straight to the next caption.
    public mutating func next() {
        if let t = target {
            if t < stops.count { show(t) } else { app.apply(.seek(Int.max / 2)); target = nil; app.state.paused = true }
            return
        }
        let t = current + 1
        app.driver.bar = nil
        if t < stops.count && stops[t].step <= app.source.step {
            show(t)
            return
        }
        target = t
        app.state.paused = false
    }

    /// `b`: back to the previous caption (or this one's start when playing from it).
    public mutating func previous() {
        if target != nil { show(current) } else { show(current - 1) }
    }

    /// One step of playback towards the target; stops on arrival.
    mutating func advance() {
        guard let t = target else { return }
        if app.source.isFinished {
            target = nil
            app.state.paused = true
            app.state.status = lang == .en ? "the tour is over  (b previous caption, q quits)" : "导览结束（b 上一条说明，q 退出）"
            app.apply(.seek(app.source.step))
            return
        }
        app.apply(.stepForward)
        app.state.paused = false
        if t < stops.count && app.source.step >= stops[t].step { show(t) }
    }

    /// Runs until quit, a signal, or the end of scripted input.
    public mutating func run() -> AppExit {
        show(0)
        app.draw()
        var due = clock.now
        while true {
            var timeout: Int? = nil
            if target != nil {
                if app.state.eventsPerSecond != nil {
                    let wait = due - clock.now
                    timeout = max(0, Int(wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000))
                } else {
                    timeout = 0
                }
            }
            if let input = app.driver.readInput(timeoutMilliseconds: timeout) {
                switch input {
                case .interrupted: return .interrupted
                case .endOfInput: return .endOfInput
                case let .resize(w, h): _ = update(&app.state, .resize(width: w, height: h))
                case let .mouse(action, x, y): app.apply(update(&app.state, .mouse(action, x: x, y: y)))
                case let .key(k):
                    if app.state.prompt == nil && !app.state.showHelp {
                        if k == .char(" ") { next(); due = clock.now; app.draw(); continue }
                        if k == .char("b") { previous(); app.draw(); continue }
                    }
                    let wasTarget = target
                    app.apply(update(&app.state, .key(k)))
                    if app.state.quitting { return .quit }
                    // The visualiser's own stepping keys pause the tour's playback.
                    if app.state.paused && wasTarget != nil { target = nil }
                }
            } else if target != nil {
                let frameStart = clock.now
                repeat {
                    advance()
                    if let eps = app.state.eventsPerSecond {
                        due = due + .nanoseconds(1_000_000_000 / eps)
                        if clock.now - due > .milliseconds(250) { due = clock.now }
                        break
                    }
                } while target != nil && clock.now - frameStart < .milliseconds(15)
            }
            app.draw()
        }
    }
}
