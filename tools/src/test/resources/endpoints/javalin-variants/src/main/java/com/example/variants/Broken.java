package com.example.variants;

class Broken {
    void oops( {
}
