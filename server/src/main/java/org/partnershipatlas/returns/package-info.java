/**
 * Partnership returns: the IHCC asks organisations (by default the Health Boards and Trusts) once a year, each through
 * a private token link, to confirm, correct, end and add their links and self-assess them ({@code /respond/<token>},
 * no sign-in, English and Welsh); editors review each submission item by item and what they accept enters the network
 * through the one door, citing the return. Public registration ({@code /register}) of organisations seeking a
 * partner goes to the same review. Rounds, invitations and registrations live in {@code store.ReturnStore}.
 */
package org.partnershipatlas.returns;
