CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:__SchemaMigration) REQUIRE m.version IS UNIQUE
