import Foundation

/// A record kept as one JSON file in a folder of the data directory.
public protocol StoredRecord: Codable, Sendable, Identifiable where ID == String {
    /// The schema this build writes; files with a higher number are refused, lower ones migrated in memory.
    static var currentSchemaVersion: Int { get }
    /// Folder inside the data directory, e.g. "deals".
    static var folder: String { get }
    /// How users call this kind of record in messages.
    static var kindName: String { get }
    var schemaVersion: Int { get set }
    var id: String { get }
    var revision: Int { get set }
    var updatedAt: Date? { get set }
}
