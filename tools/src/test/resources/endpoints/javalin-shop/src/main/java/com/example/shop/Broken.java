package com.example.shop;

class Broken {
    void oops( {
}
