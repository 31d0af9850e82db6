import Foundation

/// Runs `git` in one working directory, with an explicit argument list (never a shell), stdin
/// closed, and prompts turned off: sync runs inside the app, where a password prompt would hang
/// behind the screen. A failed command throws with git's own message.
public struct Git: Sendable {
    public let directory: URL
    /// Extra environment for every command (tests set identities and HOME here).
    public var environment: [String: String]

    public init(directory: URL, environment: [String: String] = [:]) {
        self.directory = directory
        self.environment = environment
    }

    public struct Output: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: String
        public var text: String { String(decoding: stdout, as: UTF8.self) }
        public var trimmed: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var arguments: [String]
        public var status: Int32
        public var message: String

        public var description: String {
            let detail = message.trimmingCharacters(in: .whitespacesAndNewlines)
            return "git \(arguments.first ?? "") failed (exit \(status))" + (detail.isEmpty ? "" : ": " + detail)
        }
    }

    /// Runs git and returns its output whatever the exit status.
    public func run(_ arguments: [String], input: Data? = nil) throws -> Output {
        var env = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["LC_ALL"] = "C"  // messages we parse stay in English
        if env["GIT_SSH_COMMAND"] == nil { env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes" }
        #if canImport(Glibc)
        let executable = try Self.executable()
        do {
            let finished = try ChildProcess.run(executable: executable.path, arguments: arguments, directory: directory.path,
                                                environment: env, input: input)
            return Output(status: finished.status, stdout: finished.stdout, stderr: String(decoding: finished.stderr, as: UTF8.self))
        } catch {
            throw Failure(arguments: arguments, status: 127, message: "could not start git: \(String(cString: strerror(error.code)))")
        }
        #else
        return try runWithFoundation(arguments, input: input, environment: env)
        #endif
    }

    /// The same through Foundation's `Process`, where `posix_spawn`'s Linux extensions are missing.
    private func runWithFoundation(_ arguments: [String], input: Data?, environment env: [String: String]) throws -> Output {
        let process = Process()
        process.executableURL = try Self.executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = env
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()
        // Input goes in from a thread of its own: git may answer (`cat-file --batch`) before it has
        // read all of it, and a full output pipe would otherwise block both sides.
        let writer = Thread {
            if let input { inPipe.fileHandleForWriting.write(input) }
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        // Read both pipes while git runs, so a large output cannot block it.
        let errorBox = ErrorBox()
        let reader = Thread { errorBox.data = errPipe.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorBox.isDone { usleep(1_000) }
        return Output(status: process.terminationStatus, stdout: out, stderr: String(decoding: errorBox.data, as: UTF8.self))
    }

    /// Runs git and throws unless it exits 0.
    @discardableResult
    public func check(_ arguments: [String], input: Data? = nil) throws -> Output {
        let output = try run(arguments, input: input)
        guard output.status == 0 else {
            throw Failure(arguments: arguments, status: output.status, message: output.stderr.isEmpty ? output.text : output.stderr)
        }
        return output
    }

    /// The first `git` on PATH.
    static func executable() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("git")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Failure(arguments: [], status: 127, message: "git is not installed (or not on PATH); install it to share the data directory")
    }
}

/// Carries a reader thread's bytes back; the thread's end is the flag.
private final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Data()
    private var done = false
    var data: Data {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue; done = true } }
    }
    var isDone: Bool { lock.withLock { done } }
}
