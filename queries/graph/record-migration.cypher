MERGE (m:__SchemaMigration {version: $version})
ON CREATE SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
