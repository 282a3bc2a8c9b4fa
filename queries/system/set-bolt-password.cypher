// Run on the system database at start-up: gives the embedded database's user the password kept in the data directory.
ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED
