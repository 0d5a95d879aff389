#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif

// Maximum registers per thread. __maxnreg__ was added in CUDA Toolkit 12.4;
// older toolkits ignore the opt-in so the same source remains compilable.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ > 12 || (__CUDACC_VER_MAJOR__ == 12 && __CUDACC_VER_MINOR__ >= 4))
#define WP_MAXNREG(n) __maxnreg__(n)
#else
#define WP_MAXNREG(n)
#endif

// Allow PTXAS to spill registers into shared memory. CUDA Toolkit 13.0
// introduced the pragma, which is unavailable in device-debug compilation.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ >= 13) && !defined(_DEBUG)
#define WP_ENABLE_SMEM_SPILLING() asm volatile(".pragma \"enable_smem_spilling\";");
#else
#define WP_ENABLE_SMEM_SPILLING()
#endif


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct Span_e77d98f7
{
    wp::int32 lo;
    wp::int32 hi;


    Span_e77d98f7() = default;
    CUDA_CALLABLE Span_e77d98f7(wp::int32 const& lo,
    wp::int32 const& hi = {})
        : lo{lo}
        , hi{hi}

    {
    }

    CUDA_CALLABLE Span_e77d98f7& operator += (const Span_e77d98f7& rhs)
    {    lo += rhs.lo;
    hi += rhs.hi;

        return *this;}

};

static CUDA_CALLABLE void adj_Span_e77d98f7(wp::int32 const&,
    wp::int32 const&,
    wp::int32 & adj_lo,
    wp::int32 & adj_hi,
    Span_e77d98f7 & adj_ret)
{
    adj_lo += adj_ret.lo;
    adj_hi += adj_ret.hi;
}

// Required when compiling adjoints.
CUDA_CALLABLE Span_e77d98f7 add(const Span_e77d98f7& a, const Span_e77d98f7& b)
{
    return Span_e77d98f7();
}

CUDA_CALLABLE void adj_atomic_add(Span_e77d98f7* p, Span_e77d98f7 t)
{
    wp::adj_atomic_add(&p->lo, t.lo);
    wp::adj_atomic_add(&p->hi, t.hi);
}





extern "C" __global__ void k_1af4d733_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::int32>> var_a,
    wp::array_t<Span_e77d98f7> var_spans,
    Span_e77d98f7 var_s,
    wp::array_t<wp::int32> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        wp::int32 var_2;
        wp::vec_t<2, wp::int32>* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::vec_t<2, wp::int32> var_6;
        wp::vec_t<2, wp::int32>* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::vec_t<2, wp::int32> var_10;
        wp::range_t var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::vec_t<2, wp::int32>* var_14;
        wp::vec_t<2, wp::int32> var_15;
        wp::vec_t<2, wp::int32> var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::range_t var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        Span_e77d98f7* var_22;
        wp::int32* var_23;
        Span_e77d98f7* var_24;
        wp::int32* var_25;
        const wp::int32 var_26 = 2;
        wp::range_t var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32* var_32;
        wp::int32* var_33;
        wp::range_t var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        //---------
        // forward
        // def k(a: wp.array(dtype=wp.vec2i), spans: wp.array(dtype=Span), s: Span, out: wp.array(dtype=int)):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // total = int(0)                                                                         <L 13>
        var_2 = wp::int(var_1);
        // for j in range(a[i].x, a[i].y):                                                        <L 14>
        var_3 = wp::address(var_a, var_0);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::address(var_a, var_0);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::range(var_5, var_9);
        start_for_0:;
            if (iter_cmp(var_11) == 0) goto end_for_0;
            var_12 = wp::iter_next(var_11);
            // total += j                                                                         <L 15>
            var_13 = wp::add(var_2, var_12);
            wp::assign(var_2, var_13);
            goto start_for_0;
        end_for_0:;
        // v = a[i]                                                                               <L 16>
        var_14 = wp::address(var_a, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // for j in range(v.y):                                                                   <L 17>
        var_18 = wp::extract(var_15, var_17);
        var_19 = wp::range(var_18);
        start_for_2:;
            if (iter_cmp(var_19) == 0) goto end_for_2;
            var_20 = wp::iter_next(var_19);
            // total += j                                                                         <L 18>
            var_21 = wp::add(var_2, var_20);
            wp::assign(var_2, var_21);
            goto start_for_2;
        end_for_2:;
        // for j in range(spans[i].lo, spans[i].hi, 2):                                           <L 19>
        var_22 = wp::address(var_spans, var_0);
        var_23 = &(((*wp::address(var_spans, var_0))).lo);
        var_24 = wp::address(var_spans, var_0);
        var_25 = &(((*wp::address(var_spans, var_0))).hi);
        var_28 = wp::load(var_23);
        var_29 = wp::load(var_25);
        var_27 = wp::range(var_28, var_29, var_26);
        start_for_4:;
            if (iter_cmp(var_27) == 0) goto end_for_4;
            var_30 = wp::iter_next(var_27);
            // total -= j                                                                         <L 20>
            var_31 = wp::sub(var_2, var_30);
            wp::assign(var_2, var_31);
            goto start_for_4;
        end_for_4:;
        // for j in range(s.lo, s.hi):                                                            <L 21>
        var_32 = &((var_s).lo);
        var_33 = &((var_s).hi);
        var_35 = wp::load(var_32);
        var_36 = wp::load(var_33);
        var_34 = wp::range(var_35, var_36);
        start_for_6:;
            if (iter_cmp(var_34) == 0) goto end_for_6;
            var_37 = wp::iter_next(var_34);
            // total += j                                                                         <L 22>
            var_38 = wp::add(var_2, var_37);
            wp::assign(var_2, var_38);
            goto start_for_6;
        end_for_6:;
        // out[i] = total                                                                         <L 23>
        wp::array_store(var_out, var_0, var_2);
    }
}



extern "C" __global__ void k_1af4d733_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::int32>> var_a,
    wp::array_t<Span_e77d98f7> var_spans,
    Span_e77d98f7 var_s,
    wp::array_t<wp::int32> var_out,
    wp::array_t<wp::vec_t<2, wp::int32>> adj_a,
    wp::array_t<Span_e77d98f7> adj_spans,
    Span_e77d98f7 adj_s,
    wp::array_t<wp::int32> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        wp::int32 var_2;
        wp::vec_t<2, wp::int32>* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::vec_t<2, wp::int32> var_6;
        wp::vec_t<2, wp::int32>* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::vec_t<2, wp::int32> var_10;
        wp::range_t var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::vec_t<2, wp::int32>* var_14;
        wp::vec_t<2, wp::int32> var_15;
        wp::vec_t<2, wp::int32> var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::range_t var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        Span_e77d98f7* var_22;
        wp::int32* var_23;
        Span_e77d98f7* var_24;
        wp::int32* var_25;
        const wp::int32 var_26 = 2;
        wp::range_t var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32* var_32;
        wp::int32* var_33;
        wp::range_t var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::vec_t<2, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<2, wp::int32> adj_6 = {};
        wp::vec_t<2, wp::int32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<2, wp::int32> adj_10 = {};
        wp::range_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::vec_t<2, wp::int32> adj_14 = {};
        wp::vec_t<2, wp::int32> adj_15 = {};
        wp::vec_t<2, wp::int32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::range_t adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        Span_e77d98f7 adj_22 = {};
        wp::int32 adj_23 = {};
        Span_e77d98f7 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::range_t adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::range_t adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=wp.vec2i), spans: wp.array(dtype=Span), s: Span, out: wp.array(dtype=int)):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // total = int(0)                                                                         <L 13>
        var_2 = wp::int(var_1);
        // for j in range(a[i].x, a[i].y):                                                        <L 14>
        var_3 = wp::address(var_a, var_0);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::address(var_a, var_0);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::range(var_5, var_9);
        // v = a[i]                                                                               <L 16>
        var_14 = wp::address(var_a, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // for j in range(v.y):                                                                   <L 17>
        var_18 = wp::extract(var_15, var_17);
        var_19 = wp::range(var_18);
        // for j in range(spans[i].lo, spans[i].hi, 2):                                           <L 19>
        var_22 = wp::address(var_spans, var_0);
        var_23 = &(((*wp::address(var_spans, var_0))).lo);
        var_24 = wp::address(var_spans, var_0);
        var_25 = &(((*wp::address(var_spans, var_0))).hi);
        var_28 = wp::load(var_23);
        var_29 = wp::load(var_25);
        var_27 = wp::range(var_28, var_29, var_26);
        // for j in range(s.lo, s.hi):                                                            <L 21>
        var_32 = &((var_s).lo);
        var_33 = &((var_s).hi);
        var_35 = wp::load(var_32);
        var_36 = wp::load(var_33);
        var_34 = wp::range(var_35, var_36);
        // out[i] = total                                                                         <L 23>
        // wp::array_store(var_out, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
        // adj: out[i] = total                                                                    <L 23>
        var_34 = wp::iter_reverse(var_34);
        start_for_6:;
            if (iter_cmp(var_34) == 0) goto end_for_6;
            var_37 = wp::iter_next(var_34);
        	adj_38 = {};
            // total += j                                                                         <L 22>
            var_38 = wp::add(var_2, var_37);
            wp::assign(var_2, var_38);
            wp::adj_assign(var_2, var_38, adj_2, adj_38);
            wp::adj_add(var_2, var_37, adj_2, adj_37, adj_38);
            // adj: total += j                                                                    <L 22>
        	goto start_for_6;
        end_for_6:;
        adj_s.hi = adj_33;
        adj_s.lo = adj_32;
        // adj: for j in range(s.lo, s.hi):                                                       <L 21>
        var_27 = wp::iter_reverse(var_27);
        start_for_4:;
            if (iter_cmp(var_27) == 0) goto end_for_4;
            var_30 = wp::iter_next(var_27);
        	adj_31 = {};
            // total -= j                                                                         <L 20>
            var_31 = wp::sub(var_2, var_30);
            wp::assign(var_2, var_31);
            wp::adj_assign(var_2, var_31, adj_2, adj_31);
            wp::adj_sub(var_2, var_30, adj_2, adj_30, adj_31);
            // adj: total -= j                                                                    <L 20>
        	goto start_for_4;
        end_for_4:;
        adj_24.hi = adj_25;
        wp::adj_address(var_spans, var_0, adj_spans, adj_0, adj_24);
        adj_22.lo = adj_23;
        wp::adj_address(var_spans, var_0, adj_spans, adj_0, adj_22);
        // adj: for j in range(spans[i].lo, spans[i].hi, 2):                                      <L 19>
        var_19 = wp::iter_reverse(var_19);
        start_for_2:;
            if (iter_cmp(var_19) == 0) goto end_for_2;
            var_20 = wp::iter_next(var_19);
        	adj_21 = {};
            // total += j                                                                         <L 18>
            var_21 = wp::add(var_2, var_20);
            wp::assign(var_2, var_21);
            wp::adj_assign(var_2, var_21, adj_2, adj_21);
            wp::adj_add(var_2, var_20, adj_2, adj_20, adj_21);
            // adj: total += j                                                                    <L 18>
        	goto start_for_2;
        end_for_2:;
        wp::adj_extract(var_15, var_17, adj_15, adj_17, adj_18);
        // adj: for j in range(v.y):                                                              <L 17>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_14);
        // adj: v = a[i]                                                                          <L 16>
        var_11 = wp::iter_reverse(var_11);
        start_for_0:;
            if (iter_cmp(var_11) == 0) goto end_for_0;
            var_12 = wp::iter_next(var_11);
        	adj_13 = {};
            // total += j                                                                         <L 15>
            var_13 = wp::add(var_2, var_12);
            wp::assign(var_2, var_13);
            wp::adj_assign(var_2, var_13, adj_2, adj_13);
            wp::adj_add(var_2, var_12, adj_2, adj_12, adj_13);
            // adj: total += j                                                                    <L 15>
        	goto start_for_0;
        end_for_0:;
        wp::adj_extract(var_10, var_8, adj_7, adj_8, adj_9);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_7);
        wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_3);
        // adj: for j in range(a[i].x, a[i].y):                                                   <L 14>
        // adj: total = int(0)                                                                    <L 13>
        // adj: i = wp.tid()                                                                      <L 12>
        // adj: def k(a: wp.array(dtype=wp.vec2i), spans: wp.array(dtype=Span), s: Span, out: wp.array(dtype=int)):  <L 11>
        continue;
    }
}

