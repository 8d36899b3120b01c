package org.partnershipatlas.security;

import org.partnershipatlas.AtlasSpringTest;

/** The API role matrix with reading open to everyone (the default). */
@AtlasSpringTest
class ApiRoleMatrixTest extends ApiRoleMatrix {
    @Override
    boolean publicRead() {
        return true;
    }
}
