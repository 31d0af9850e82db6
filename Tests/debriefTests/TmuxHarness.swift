import DebriefCore
import Foundation
import Testing

/// One tmux server of our own (its own socket), running debrief inside `sh` so the shell shows
/// the exit status and the tty's mode once debrief is gone.
struct TmuxHarness {
    /// tmux on PATH, wherever it is installed. Without it the end-to-end suites are skipped, and
    /// `TmuxPresenceTests` fails the run unless DEBRIEF_ALLOW_NO_TMUX=1 says that is intended.
    static let isAvailable = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/tmux") }

    let socket: String
    let session = "e2e"
    let width: Int
    let height: Int
    let scratch: URL
    let binary: URL

    /// The data directory holds a demo team of `deals` deals dated up to `asOf`, which is also the
    /// app's "today", so the board's default 90 days always show the same deals.
    let asOf: String

    init(width: Int, height: Int, deals: Int = 12, reviews: Int = 3, asOf: String = "2026-10-01") throws {
        self.width = width
        self.height = height
        self.asOf = asOf
        socket = "debrief-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        binary = try DebriefBinary.locate()
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent(socket, isDirectory: true)
        let data = scratch.appendingPathComponent("data", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("config"), withIntermediateDirectories: true)
        try DemoTeam(.init(deals: deals, reviews: reviews, seed: 7, asOf: Day(iso: asOf) ?? Day.today())).write(to: data)
    }

    var pidFile: URL { scratch.appendingPathComponent("debrief.pid") }
    var dataDirectory: URL { scratch.appendingPathComponent("data", isDirectory: true) }
    /// Where debrief runs (and writes exports).
    var workingDirectory: URL { scratch }

    /// Starts debrief in the window; `environment` adds variables (EDITOR) to the window's, and
    /// `term` replaces the TERM tmux gives it (tmux sets its own over `-e TERM=…`).
    func start(environment: [String: String] = [:], term: String? = nil) throws {
        let data = scratch.appendingPathComponent("data").path
        // The inner sh records its pid and becomes debrief (exec), so the pid is debrief's.
        let setTerm = term.map { "TERM='\($0)'; export TERM; " } ?? ""
        let inner = "cd '\(scratch.path)'; echo \\$\\$ > '\(pidFile.path)'; \(setTerm)exec '\(binary.path)' --data-dir '\(data)'"
        let outer = "sh -c \"\(inner)\"; echo \"debrief exited with $?\"; "
            + "echo \"tty: $(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' ')\"; sleep 120"
        try run(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
                 "-e", "XDG_CONFIG_HOME=\(scratch.appendingPathComponent("config").path)",
                 "-e", "XDG_STATE_HOME=\(scratch.appendingPathComponent("state").path)",
                 "-e", "DEBRIEF_TODAY=\(asOf)"]
                 + environment.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
                 + ["sh", "-c", outer])
        // tmux holds a lone Esc for escape-time (500 ms) before passing it on; users set it low, and so do we.
        try run(["set-option", "-g", "escape-time", "10"])
    }

    /// Types keys; a send that fails is the test's failure (a later wait for "nothing changed" would pass on it).
    func send(_ keys: String..., sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try run(["send-keys", "-t", session] + keys)
        } catch {
            Issue.record("could not type \(keys): \(error)", sourceLocation: sourceLocation)
        }
    }

    /// Ends the window (debrief must be gone already) and starts debrief again on the same data.
    func restart() throws {
        _ = try? run(["kill-session", "-t", session])
        try? FileManager.default.removeItem(at: pidFile)
        // The server may still be shutting down after its last session went; try again briefly.
        for attempt in 1...10 {
            do {
                try start()
                return
            } catch where attempt < 10 {
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
    }

    /// Esc alone: a pause after it, so the next key is not read as Alt-key.
    func sendEscape() {
        send("Escape")
        Thread.sleep(forTimeInterval: 0.15)
    }

    func resize(width: Int, height: Int) {
        _ = try? run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pane's text; a capture that fails is the test's failure, never an empty screen that a
    /// "this is not shown" check would pass on.
    func capture(sourceLocation: SourceLocation = #_sourceLocation) -> String {
        do {
            return try run(["capture-pane", "-p", "-t", session])
        } catch {
            Issue.record("could not read the pane: \(error)", sourceLocation: sourceLocation)
            return ""
        }
    }

    /// debrief's process id, once it has started.
    var pid: Int32? {
        (try? String(contentsOf: pidFile, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Polls the pane until `condition` holds; throws with the last screen after `seconds`. The wait is
    /// long because it costs its length only when a test fails, and a debug build on a two-core machine
    /// under other builds has taken more than 15 s to draw.
    func waitFor(_ what: String, seconds: Double = 30, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw HarnessError("timed out waiting for \(what); the pane shows:\n\(screen)")
    }

    func stop() {
        _ = try? run(["kill-server"])
        // If debrief outlived its terminal, end it: it is ours, found by the pid it wrote.
        if let pid, kill(pid, 0) == 0 { kill(pid, SIGKILL) }
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Runs a tmux command with posix_spawn and waitpid. Output goes through a file, never a pipe:
    /// the tmux server forked by new-session would inherit a pipe and keep it open.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let outputPath = scratch.appendingPathComponent("tmux-output-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let status = try ChildProcess.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, stdoutPath: outputPath)
        guard status == 0 else { throw HarnessError("tmux \(arguments.joined(separator: " ")) failed with status \(status)") }
        return (try? String(contentsOf: URL(fileURLWithPath: outputPath), encoding: .utf8)) ?? ""
    }
}

/// Spawns a program found on PATH and waits for it; stdin and stderr are /dev/null.
enum ChildProcess {
    static func run(_ arguments: [String], stdoutPath: String = "/dev/null") throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ)
        guard spawned == 0 else { throw HarnessError("cannot start \(arguments[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS by hand: the macros are not imported.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Finds the built `debrief` executable: `$DEBRIEF_BINARY`, else next to this test bundle in the
/// build products folder, else builds it with `swift build` in this package. Found once per test
/// run, so suites running in parallel never start two builds.
enum DebriefBinary {
    private static let found = Result<URL, any Error> { try find() }

    static func locate() throws -> URL { try found.get() }

    private static func find() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["DEBRIEF_BINARY"], !path.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: path) else { throw HarnessError("DEBRIEF_BINARY=\(path) is not an executable") }
            return URL(fileURLWithPath: path)
        }
        let products = productsDirectory()
        let candidate = products.appendingPathComponent("debrief")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        try build(into: products)
        guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
            throw HarnessError("no debrief binary at \(candidate.path); build it with swift build or set DEBRIEF_BINARY")
        }
        return candidate
    }

    /// The folder holding the test bundle, e.g. `.build/x86_64-unknown-linux-gnu/debug`.
    static func productsDirectory() -> URL {
        var url = Bundle.main.bundleURL
        if url.pathExtension == "xctest" { url.deleteLastPathComponent() }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for folder in [url, executable] where FileManager.default.fileExists(atPath: folder.appendingPathComponent("debrief").path) {
            return folder
        }
        return executable.path.hasSuffix(".xctest") ? executable.deletingLastPathComponent() : url
    }

    /// `swift build --product debrief` into the same scratch folder the tests were built in.
    static func build(into products: URL) throws {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let scratch = products.deletingLastPathComponent().deletingLastPathComponent()
        let status = try ChildProcess.run(["swift", "build", "--package-path", packageRoot.path, "--scratch-path", scratch.path, "--product", "debrief"])
        guard status == 0 else { throw HarnessError("swift build --product debrief failed; build it first or set DEBRIEF_BINARY") }
    }
}

extension TmuxHarness {
    /// Starts `debrief ARGUMENTS --data-dir DATA` in the window instead of the workspace, e.g.
    /// `["prep", "--rep", "Lena Vogt"]`. Arguments must not contain single quotes.
    func start(command arguments: [String]) throws {
        let data = dataDirectory.path
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let inner = "cd '\(scratch.path)'; echo \\$\\$ > '\(pidFile.path)'; exec '\(binary.path)' \(quoted) --data-dir '\(data)'"
        let outer = "sh -c \"\(inner)\"; echo \"debrief exited with $?\"; sleep 120"
        // After `endWindow` the server may still be shutting down; try again briefly.
        for attempt in 1...10 {
            do {
                try run(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
                         "-e", "XDG_CONFIG_HOME=\(scratch.appendingPathComponent("config").path)",
                         "-e", "XDG_STATE_HOME=\(scratch.appendingPathComponent("state").path)",
                         "-e", "DEBRIEF_TODAY=\(asOf)",
                         "sh", "-c", outer])
                break
            } catch where attempt < 10 {
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
        try run(["set-option", "-g", "escape-time", "10"])
    }

    /// Ends the window, whatever runs in it, so the next `start` gets a fresh one.
    func endWindow() {
        _ = try? run(["kill-session", "-t", session])
        try? FileManager.default.removeItem(at: pidFile)
    }

    /// The pane's title as the terminal keeps it: an OSC 0 or OSC 2 sequence that reached tmux changes it.
    func paneTitle(sourceLocation: SourceLocation = #_sourceLocation) -> String {
        do {
            return try run(["display-message", "-p", "-t", session, "#{pane_title}"]).trimmingCharacters(in: .newlines)
        } catch {
            Issue.record("could not read the pane's title: \(error)", sourceLocation: sourceLocation)
            return ""
        }
    }

    /// From now on, every byte the program writes to its terminal is appended to `file` (tmux pipe-pane),
    /// so a test can check what reached the terminal before tmux interpreted it.
    func recordOutput(to file: URL) throws {
        try run(["pipe-pane", "-o", "-t", session, "cat >> '\(file.path)'"])
    }

    /// Runs a debrief command on this data directory outside tmux (import, export…); returns its exit status.
    func runCommand(_ arguments: [String]) throws -> Int32 {
        try ChildProcess.run([binary.path] + arguments + ["--data-dir", dataDirectory.path])
    }
}

extension TmuxHarness {
    /// Where the terminal's cursor is and whether it is shown, as tmux keeps it.
    struct Cursor: Equatable, CustomStringConvertible {
        var x: Int, y: Int, visible: Bool
        var description: String { "(\(x), \(y))\(visible ? "" : " hidden")" }
    }

    func cursor(sourceLocation: SourceLocation = #_sourceLocation) -> Cursor? {
        do {
            let fields = try run(["display-message", "-p", "-t", session, "#{cursor_x} #{cursor_y} #{cursor_flag}"])
                .split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
            guard fields.count == 3 else { throw HarnessError("tmux gave no cursor position") }
            return Cursor(x: fields[0], y: fields[1], visible: fields[2] == 1)
        } catch {
            Issue.record("could not read the cursor: \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Polls until the cursor satisfies `condition`; throws with the last position after `seconds`.
    func waitForCursor(_ what: String, seconds: Double = 30, _ condition: (Cursor) -> Bool) throws -> Cursor {
        let deadline = Date().addingTimeInterval(seconds)
        var last: Cursor?
        while Date() < deadline {
            last = cursor()
            if let last, condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw HarnessError("timed out waiting for the cursor \(what); it is at \(last.map(\.description) ?? "unknown"), the pane shows:\n\(capture())")
    }
}
