import Foundation
@testable import DebriefCore

/// Fixtures live next to the tests, so the tests never depend on ../shared.
enum ImportFixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func data(_ name: String) throws -> Data { try Data(contentsOf: directory.appendingPathComponent(name)) }
}

/// A fresh data directory per test, removed when the value goes away.
final class TemporaryDataDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var store: RecordStore { RecordStore(root: url) }
    var importer: DealImporter { DealImporter(store: store) }

    func deals() -> [String: Deal] {
        Dictionary(uniqueKeysWithValues: store.loadAll(Deal.self).records.map { ($0.id, $0) })
    }

    /// Imports CSV text given in code, as UTF-8.
    func importText(_ text: String, options: ImportOptions = ImportOptions()) throws(ImportRefusal) -> ImportReport {
        try importer.importData(Data(text.utf8), named: "test.csv", options: options)
    }

    func write(_ data: Data, as name: String) throws -> String {
        let path = url.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}

extension Day {
    /// Test shorthand; a bad literal fails loudly instead of force-unwrapping.
    static func on(_ iso: String) -> Day { Day(iso: iso) ?? Day(serial: -999_999) }
}

extension Decimal {
    static func of(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan }
}
