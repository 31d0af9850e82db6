import Foundation
import PropertyBased
import Testing

/// Themes, config.toml and import mapping files: TOML a user wrote by hand, or copied from a web page.
@Suite struct SettingsFuzzTests {
    private let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-fuzz-settings-\(UUID().uuidString)")

    private func readers() -> [(InputReader, [Data])] {
        [(InputReaders.theme(in: scratch), ValidInputs.themes),
         (InputReaders.config(in: scratch), ValidInputs.configs),
         (InputReaders.importMapping(in: scratch), ValidInputs.mappings)]
    }

    /// Settings files are small and hand-written: one of 1 MB still opens, a byte more is refused
    /// by its size (before the TOML parser sees it) with the size in the message.
    @Test func settingsFilesOverOneMegabyteAreRefusedBySize() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        for (reader, valid) in readers() {
            let base = [UInt8](try #require(valid.first))
            // Padded with a comment line, so the file is still valid TOML of the same meaning.
            let pad = { (total: Int) -> [UInt8] in base + Array("\n#".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: total - base.count - 3) + [0x0A] }
            let atLimit = pad(1 << 20)
            #expect(atLimit.count == 1 << 20)
            #expect(reader.read(Data(atLimit)) == .accepted, "\(reader.name): a 1 MB settings file is refused")
            let over = pad(1 << 20 + 1)
            let outcome = reader.read(Data(over))
            guard case .refused(let message) = outcome else {
                Issue.record("\(reader.name) took a settings file over 1 MB: \(outcome)")
                continue
            }
            #expect(message.contains("1024 kB"), "\(reader.name): \(message)")
            ClearRefusal.check(outcome, from: reader, input: Array(over.prefix(200)))
        }
    }

    @Test func randomBytesGiveAClearError() async throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let readers = readers()
        await propertyCheck(count: FuzzBudget.cases(100), input: Gen.uint64(), Gen.int(in: 0...256)) { seed, length in
            var random = ByteMutator(seed: seed)
            let bytes = random.bytes(length)
            for (reader, _) in readers { ClearRefusal.check(reader.read(Data(bytes)), from: reader, input: bytes) }
        }
    }

    @Test func damagedFilesGiveAValueOrAClearError() async throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let readers = readers()
        await propertyCheck(count: FuzzBudget.cases(200), input: Gen.uint64()) { seed in
            var random = ByteMutator(seed: seed)
            let (reader, valid) = readers[random.below(readers.count)]
            let damaged = random.mutate([UInt8](valid[random.below(valid.count)]))
            ClearRefusal.check(reader.read(Data(damaged)), from: reader, input: damaged)
        }
    }

    /// TOML's own syntax characters, in random order: tables, arrays, strings, dotted keys.
    @Test func tomlShapedNoiseGivesAValueOrAClearError() async throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let readers = readers()
        let pieces = ["[", "]", "[[", "]]", "{", "}", "=", "\"", "'''", "\"\"\"", ".", ",", "\n", "#", "\\u0000", "\\",
                      "theme", "inherits", "palette", "ui.text", "fg", "bg", "modifiers", "\"#ff00ff\"", "300", "-1", "1e999",
                      "nan", "inf", "1979-05-27", "true", " ", "\u{1B}[2J", "\u{202E}"]
        await propertyCheck(count: FuzzBudget.cases(200), input: Gen.uint64(), Gen.int(in: 0...64)) { seed, count in
            var random = ByteMutator(seed: seed)
            let text = (0..<count).map { _ in pieces[random.below(pieces.count)] }.joined()
            for (reader, _) in readers { ClearRefusal.check(reader.read(Data(text.utf8)), from: reader, input: Array(text.utf8)) }
        }
    }
}
