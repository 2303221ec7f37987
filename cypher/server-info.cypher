// Server version and edition, for /api/health.
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition
