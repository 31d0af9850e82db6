import Foundation

/// Runs the built `debrief` binary as a user would, capturing what it prints.
enum DebriefProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The same binary the tmux suites run (`$DEBRIEF_BINARY`, else the one `swift test` built).
    static var binary: URL {
        get throws { try DebriefBinary.locate() }
    }

    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = try binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and stall the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A fresh directory under the system temp folder, removed when the test is done with it.
final class ScratchDirectory {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-cli-\(UUID().uuidString)", isDirectory: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }
    func file(_ components: String...) -> URL { components.reduce(url) { $0.appendingPathComponent($1) } }
}
