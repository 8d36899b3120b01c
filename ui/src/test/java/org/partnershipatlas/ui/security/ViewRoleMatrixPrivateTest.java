package org.partnershipatlas.ui.security;


import org.springframework.test.context.TestPropertySource;

/** The view role matrix with reading closed to anonymous users. */
@TestPropertySource(properties = "atlas.security.public-read=false")
class ViewRoleMatrixPrivateTest extends ViewRoleMatrix {
    @Override
    boolean publicRead() {
        return false;
    }
}
