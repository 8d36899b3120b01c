package org.partnershipatlas.security;

import org.springframework.test.context.TestPropertySource;

import org.partnershipatlas.AtlasSpringTest;

/** The API role matrix with reading closed to anonymous users ({@code atlas.security.public-read=false}). */
@AtlasSpringTest
@TestPropertySource(properties = "atlas.security.public-read=false")
class ApiRoleMatrixPrivateTest extends ApiRoleMatrix {
    @Override
    boolean publicRead() {
        return false;
    }
}
