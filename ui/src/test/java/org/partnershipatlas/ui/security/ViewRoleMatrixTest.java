package org.partnershipatlas.ui.security;


/** The view role matrix with reading open to everyone (the default). */
class ViewRoleMatrixTest extends ViewRoleMatrix {
    @Override
    boolean publicRead() {
        return true;
    }
}
