import ArgumentParser
import DebriefCore
import Foundation

/// A failure the user can act on: printed as "debrief: message" on stderr, with exit status 1.
struct UserFacingError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

enum Output {
    /// Messages quote ids, paths and file contents, which may carry escape sequences or bidi
    /// overrides: they reach the terminal as placeholders (line breaks kept).
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("debrief: \(DisplaySanitizer.multiLine.sanitize(message))\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("debrief: warning: \(DisplaySanitizer.multiLine.sanitize(message))\n".utf8))
    }

    /// JSON for `--json`: the record form, as an array or object, ending in a newline. Controls,
    /// C1 codes and bidi or invisible marks in text are written as \u escapes, so the output is
    /// the same JSON to any reader and inert on a terminal.
    static func json<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(JSONTerminalEscaping.escape(try RecordCoding.encode(value)))
    }
}

/// Runs a command body, turning known failures into a clear message and a non-zero exit.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch let error as CustomStringConvertible & Error {
        Output.error(error.description)
        throw ExitCode.failure
    } catch {
        Output.error(error.localizedDescription)
        throw ExitCode.failure
    }
}

/// Parses a YYYY-MM-DD argument.
func parseDay(_ text: String, option: String) throws -> Day {
    guard let day = Day(iso: text) else {
        throw ValidationError("\(option) takes a date as YYYY-MM-DD, e.g. 2026-10-01; got '\(DisplaySanitizer.singleLine.sanitize(text))'")
    }
    return day
}
